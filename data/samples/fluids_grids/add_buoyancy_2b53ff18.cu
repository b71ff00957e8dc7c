// Warp 1.19.0 cuda code for add_buoyancy_2b53ff18.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void add_buoyancy_495b9a05_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out,
    wp::float32 var_buoyancy,
    wp::float32 var_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // forward
        // def add_buoyancy(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // u_out[i, j] = u[i, j] + dt * wp.vec2(0.0, buoyancy * density[i, j])                    <L 14>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::address(var_density, var_0, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_buoyancy, var_6);
        var_7 = wp::vec_t<2, wp::float32>(var_3, var_5);
        var_8 = wp::mul(var_dt, var_7);
        var_10 = wp::load(var_2);
        var_9 = wp::add(var_10, var_8);
        wp::array_store(var_u_out, var_0, var_1, var_9);
}



extern "C" __global__ void add_buoyancy_495b9a05_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u,
    wp::array_t<wp::float32> var_density,
    wp::array_t<wp::vec_t<2, wp::float32>> var_u_out,
    wp::float32 var_buoyancy,
    wp::float32 var_dt,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u,
    wp::array_t<wp::float32> adj_density,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_u_out,
    wp::float32 adj_buoyancy,
    wp::float32 adj_dt)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::int32 var_1;
        wp::vec_t<2, wp::float32>* var_2;
        const wp::float32 var_3 = 0.0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::vec_t<2, wp::float32> adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        //---------
        // forward
        // def add_buoyancy(                                                                      <L 5>
        // i, j = wp.tid()                                                                        <L 13>
        builtin_tid2d(var_0, var_1);
        // u_out[i, j] = u[i, j] + dt * wp.vec2(0.0, buoyancy * density[i, j])                    <L 14>
        var_2 = wp::address(var_u, var_0, var_1);
        var_4 = wp::address(var_density, var_0, var_1);
        var_6 = wp::load(var_4);
        var_5 = wp::mul(var_buoyancy, var_6);
        var_7 = wp::vec_t<2, wp::float32>(var_3, var_5);
        var_8 = wp::mul(var_dt, var_7);
        var_10 = wp::load(var_2);
        var_9 = wp::add(var_10, var_8);
        // wp::array_store(var_u_out, var_0, var_1, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_u_out, var_0, var_1, var_9, adj_u_out, adj_0, adj_1, adj_9);
        wp::adj_add(var_10, var_8, adj_2, adj_8, adj_9);
        wp::adj_mul(var_dt, var_7, adj_dt, adj_7, adj_8);
        wp::adj_vec_t(var_3, var_5, adj_3, adj_5, adj_7);
        wp::adj_mul(var_buoyancy, var_6, adj_buoyancy, adj_4, adj_5);
        wp::adj_address(var_density, var_0, var_1, adj_density, adj_0, adj_1, adj_4);
        wp::adj_address(var_u, var_0, var_1, adj_u, adj_0, adj_1, adj_2);
        // adj: u_out[i, j] = u[i, j] + dt * wp.vec2(0.0, buoyancy * density[i, j])               <L 14>
        // adj: i, j = wp.tid()                                                                   <L 13>
        // adj: def add_buoyancy(                                                                 <L 5>
        return;
}

