// Warp 1.19.0 cuda code for add_buoyancy_61b5591e.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_buoyancy_0d883d12_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out,
    wp::vec_t<2, wp::float32> var_gravity,
    wp::float32 var_dt)
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
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        //---------
        // forward
        // def add_buoyancy(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // rho = density[i, j]                                                                    <L 14>
        var_2 = wp::address(var_density, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // u_out[i, j] = velocity[i, j] + dt * (gravity * rho)                                    <L 15>
        var_5 = wp::address(var_velocity, var_0, var_1);
        var_6 = wp::mul(var_gravity, var_3);
        var_7 = wp::mul(var_dt, var_6);
        var_9 = wp::load(var_5);
        var_8 = wp::add(var_9, var_7);
        wp::array_store(var_u_out, var_0, var_1, var_8);
    }
}



extern "C" __global__ void add_buoyancy_0d883d12_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_velocity,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out,
    wp::vec_t<2, wp::float32> var_gravity,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_velocity,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out,
    wp::vec_t<2, wp::float32> adj_gravity,
    wp::float32 adj_dt)
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
        wp::float32 var_3;
        wp::float32 var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        //---------
        // forward
        // def add_buoyancy(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // rho = density[i, j]                                                                    <L 14>
        var_2 = wp::address(var_density, var_0, var_1);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // u_out[i, j] = velocity[i, j] + dt * (gravity * rho)                                    <L 15>
        var_5 = wp::address(var_velocity, var_0, var_1);
        var_6 = wp::mul(var_gravity, var_3);
        var_7 = wp::mul(var_dt, var_6);
        var_9 = wp::load(var_5);
        var_8 = wp::add(var_9, var_7);
        // wp::array_store(var_u_out, var_0, var_1, var_8);
        //---------
        // reverse
        wp::adj_array_store(var_u_out, var_0, var_1, var_8, adj_u_out, adj_0, adj_1, adj_8);
        wp::adj_add(var_9, var_7, adj_5, adj_7, adj_8);
        wp::adj_mul(var_dt, var_6, adj_dt, adj_6, adj_7);
        wp::adj_mul(var_gravity, var_3, adj_gravity, adj_3, adj_6);
        wp::adj_address(var_velocity, var_0, var_1, adj_velocity, adj_0, adj_1, adj_5);
        // adj: u_out[i, j] = velocity[i, j] + dt * (gravity * rho)                               <L 15>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_2);
        // adj: rho = density[i, j]                                                               <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def add_buoyancy(                                                                 <L 5>
        continue;
    }
}

