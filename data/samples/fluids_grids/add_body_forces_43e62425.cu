// Warp 1.19.0 cuda code for add_body_forces_43e62425.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_body_forces_1a11721d_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::array_t<wp::float32> var_density,
    wp::vec_t<2, wp::float32> var_gravity,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // forward
        // def add_body_forces(                                                                   <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // f_g = gravity * density[i, j]                                                          <L 13>
        var_2 = wp::address(var_density, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_gravity, var_4);
        // velocity_out[i, j] = velocity[i, j] + delta_time * f_g                                 <L 14>
        var_5 = wp::address(var_velocity, var_0, var_1);
        var_6 = wp::mul(var_delta_time, var_3);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        wp::array_store(var_velocity_out, var_0, var_1, var_7);
    }
}



extern "C" __global__ void add_body_forces_1a11721d_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::array_t<wp::float32> var_density,
    wp::vec_t<2, wp::float32> var_gravity,
    wp::float32 var_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity,
    wp::array_t<wp::float32> adj_density,
    wp::vec_t<2, wp::float32> adj_gravity,
    wp::float32 adj_delta_time,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::float32* var_2;
        wp::vec_t<2, wp::float32> var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        //---------
        // forward
        // def add_body_forces(                                                                   <L 5>
        // i, j = wp.tid()                                                                        <L 12>
        builtin_tid2d(var_0, var_1);
        // f_g = gravity * density[i, j]                                                          <L 13>
        var_2 = wp::address(var_density, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::mul(var_gravity, var_4);
        // velocity_out[i, j] = velocity[i, j] + delta_time * f_g                                 <L 14>
        var_5 = wp::address(var_velocity, var_0, var_1);
        var_6 = wp::mul(var_delta_time, var_3);
        var_8 = wp::load(var_5);
        var_7 = wp::add(var_8, var_6);
        // wp::array_store(var_velocity_out, var_0, var_1, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_velocity_out, var_0, var_1, var_7, adj_velocity_out, adj_0, adj_1, adj_7);
        wp::adj_add(var_8, var_6, adj_5, adj_6, adj_7);
        wp::adj_mul(var_delta_time, var_3, adj_delta_time, adj_3, adj_6);
        wp::adj_address(var_velocity, var_0, var_1, adj_velocity, adj_0, adj_1, adj_5);
        // adj: velocity_out[i, j] = velocity[i, j] + delta_time * f_g                            <L 14>
        wp::adj_mul(var_gravity, var_4, adj_gravity, adj_2, adj_3);
        wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_2);
        // adj: f_g = gravity * density[i, j]                                                     <L 13>
        // adj: i, j = wp.tid()                                                                   <L 12>
        // adj: def add_body_forces(                                                              <L 5>
        continue;
    }
}

