// Warp 1.19.0 cpu code for accumulate_spring_forces_8249b651.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_accumulate_spring_forces_0c4b845d {
    wp::array_t<wp::int32> springs;
    wp::array_t<wp::vec_t<3, wp::float32>> points;
    wp::array_t<wp::vec_t<3, wp::float32>> particle_v;
    wp::float32 rest_length;
    wp::float32 stiffness;
    wp::float32 kd;
    wp::array_t<wp::vec_t<3, wp::float32>> forces;
};


template <bool wp_linear_contiguous>
static void accumulate_spring_forces_0c4b845d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_spring_forces_0c4b845d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_kd = _wp_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // forward
    // def accumulate_spring_forces(                                                          <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 16>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 17>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // xij = points[i] - points[j]                                                            <L 20>
    var_9 = wp::address(var_points, var_3);
    var_10 = wp::address(var_points, var_7);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    // vij = particle_v[i] - particle_v[j]                                                    <L 21>
    var_14 = wp::address(var_particle_v, var_3);
    var_15 = wp::address(var_particle_v, var_7);
    var_17 = wp::load(var_14);
    var_18 = wp::load(var_15);
    var_16 = wp::sub(var_17, var_18);
    // l = wp.length(xij)                                                                     <L 22>
    var_19 = wp::length(var_11);
    // if l == 0.0:                                                                           <L 23>
    var_21 = (var_19 == var_20);
    if (var_21) {
        // return                                                                             <L 24>
        return;
    }
    // dir = xij / l                                                                          <L 25>
    var_22 = wp::div(var_11, var_19);
    // c = l - rest_length                                                                    <L 28>
    var_23 = wp::sub(var_19, var_rest_length);
    // dcdt = wp.dot(dir, vij)                                                                <L 29>
    var_24 = wp::dot(var_22, var_16);
    // f = dir * (stiffness * c + kd * dcdt)                                                  <L 30>
    var_25 = wp::mul(var_stiffness, var_23);
    var_26 = wp::mul(var_kd, var_24);
    var_27 = wp::add(var_25, var_26);
    var_28 = wp::mul(var_22, var_27);
    // wp.atomic_sub(forces, i, f)                                                            <L 31>
    var_29 = wp::atomic_sub(var_forces, var_3, var_28);
    // wp.atomic_add(forces, j, f)                                                            <L 32>
    var_30 = wp::atomic_add(var_forces, var_7, var_28);
}



template <bool wp_linear_contiguous>
static void accumulate_spring_forces_0c4b845d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_accumulate_spring_forces_0c4b845d *_wp_args,
    wp_args_accumulate_spring_forces_0c4b845d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_springs = _wp_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> var_points = _wp_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> var_particle_v = _wp_args->particle_v;
    wp::float32 var_rest_length = _wp_args->rest_length;
    wp::float32 var_stiffness = _wp_args->stiffness;
    wp::float32 var_kd = _wp_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> var_forces = _wp_args->forces;
    wp::array_t<wp::int32> adj_springs = _wp_adj_args->springs;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_points = _wp_adj_args->points;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_particle_v = _wp_adj_args->particle_v;
    wp::float32 adj_rest_length = _wp_adj_args->rest_length;
    wp::float32 adj_stiffness = _wp_adj_args->stiffness;
    wp::float32 adj_kd = _wp_adj_args->kd;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_forces = _wp_adj_args->forces;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32* var_2;
    wp::int32 var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 1;
    wp::int32* var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::vec_t<3, wp::float32>* var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::vec_t<3, wp::float32> var_13;
    wp::vec_t<3, wp::float32>* var_14;
    wp::vec_t<3, wp::float32>* var_15;
    wp::vec_t<3, wp::float32> var_16;
    wp::vec_t<3, wp::float32> var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::float32 var_19;
    const wp::float32 var_20 = 0.0;
    bool var_21;
    wp::vec_t<3, wp::float32> var_22;
    wp::float32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    wp::float32 var_26;
    wp::float32 var_27;
    wp::vec_t<3, wp::float32> var_28;
    wp::vec_t<3, wp::float32> var_29;
    wp::vec_t<3, wp::float32> var_30;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::vec_t<3, wp::float32> adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::vec_t<3, wp::float32> adj_16 = {};
    wp::vec_t<3, wp::float32> adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::float32 adj_19 = {};
    wp::float32 adj_20 = {};
    bool adj_21 = {};
    wp::vec_t<3, wp::float32> adj_22 = {};
    wp::float32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::float32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::vec_t<3, wp::float32> adj_28 = {};
    wp::vec_t<3, wp::float32> adj_29 = {};
    wp::vec_t<3, wp::float32> adj_30 = {};
    //---------
    // forward
    // def accumulate_spring_forces(                                                          <L 5>
    // tid = wp.tid()                                                                         <L 15>
    var_0 = builtin_tid1d();
    // i = springs[tid, 0]                                                                    <L 16>
    var_2 = wp::address(var_springs, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    // j = springs[tid, 1]                                                                    <L 17>
    var_6 = wp::address(var_springs, var_0, var_5);
    var_8 = wp::load(var_6);
    var_7 = wp::copy(var_8);
    // xij = points[i] - points[j]                                                            <L 20>
    var_9 = wp::address(var_points, var_3);
    var_10 = wp::address(var_points, var_7);
    var_12 = wp::load(var_9);
    var_13 = wp::load(var_10);
    var_11 = wp::sub(var_12, var_13);
    // vij = particle_v[i] - particle_v[j]                                                    <L 21>
    var_14 = wp::address(var_particle_v, var_3);
    var_15 = wp::address(var_particle_v, var_7);
    var_17 = wp::load(var_14);
    var_18 = wp::load(var_15);
    var_16 = wp::sub(var_17, var_18);
    // l = wp.length(xij)                                                                     <L 22>
    var_19 = wp::length(var_11);
    // if l == 0.0:                                                                           <L 23>
    var_21 = (var_19 == var_20);
    if (var_21) {
        // return                                                                             <L 24>
        goto label0;
    }
    // dir = xij / l                                                                          <L 25>
    var_22 = wp::div(var_11, var_19);
    // c = l - rest_length                                                                    <L 28>
    var_23 = wp::sub(var_19, var_rest_length);
    // dcdt = wp.dot(dir, vij)                                                                <L 29>
    var_24 = wp::dot(var_22, var_16);
    // f = dir * (stiffness * c + kd * dcdt)                                                  <L 30>
    var_25 = wp::mul(var_stiffness, var_23);
    var_26 = wp::mul(var_kd, var_24);
    var_27 = wp::add(var_25, var_26);
    var_28 = wp::mul(var_22, var_27);
    // wp.atomic_sub(forces, i, f)                                                            <L 31>
    // var_29 = wp::atomic_sub(var_forces, var_3, var_28);
    // wp.atomic_add(forces, j, f)                                                            <L 32>
    // var_30 = wp::atomic_add(var_forces, var_7, var_28);
    //---------
    // reverse
    wp::adj_atomic_add(var_forces, var_7, var_28, adj_forces, adj_7, adj_28, adj_30);
    // adj: wp.atomic_add(forces, j, f)                                                       <L 32>
    wp::adj_atomic_sub(var_forces, var_3, var_28, adj_forces, adj_3, adj_28, adj_29);
    // adj: wp.atomic_sub(forces, i, f)                                                       <L 31>
    wp::adj_mul(var_22, var_27, adj_22, adj_27, adj_28);
    wp::adj_add(var_25, var_26, adj_25, adj_26, adj_27);
    wp::adj_mul(var_kd, var_24, adj_kd, adj_24, adj_26);
    wp::adj_mul(var_stiffness, var_23, adj_stiffness, adj_23, adj_25);
    // adj: f = dir * (stiffness * c + kd * dcdt)                                             <L 30>
    wp::adj_dot(var_22, var_16, adj_22, adj_16, adj_24);
    // adj: dcdt = wp.dot(dir, vij)                                                           <L 29>
    wp::adj_sub(var_19, var_rest_length, adj_19, adj_rest_length, adj_23);
    // adj: c = l - rest_length                                                               <L 28>
    wp::adj_div(var_11, var_19, adj_11, adj_19, adj_22);
    // adj: dir = xij / l                                                                     <L 25>
    if (var_21) {
        label0:;
        // adj: return                                                                        <L 24>
    }
    // adj: if l == 0.0:                                                                      <L 23>
    wp::adj_length(var_11, var_19, adj_11, adj_19);
    // adj: l = wp.length(xij)                                                                <L 22>
    wp::adj_sub(var_17, var_18, adj_14, adj_15, adj_16);
    wp::adj_address(var_particle_v, var_7, adj_particle_v, adj_7, adj_15);
    wp::adj_address(var_particle_v, var_3, adj_particle_v, adj_3, adj_14);
    // adj: vij = particle_v[i] - particle_v[j]                                               <L 21>
    wp::adj_sub(var_12, var_13, adj_9, adj_10, adj_11);
    wp::adj_address(var_points, var_7, adj_points, adj_7, adj_10);
    wp::adj_address(var_points, var_3, adj_points, adj_3, adj_9);
    // adj: xij = points[i] - points[j]                                                       <L 20>
    wp::adj_copy(var_8, adj_6, adj_7);
    wp::adj_address(var_springs, var_0, var_5, adj_springs, adj_0, adj_5, adj_6);
    // adj: j = springs[tid, 1]                                                               <L 17>
    wp::adj_copy(var_4, adj_2, adj_3);
    wp::adj_address(var_springs, var_0, var_1, adj_springs, adj_0, adj_1, adj_2);
    // adj: i = springs[tid, 0]                                                               <L 16>
    // adj: tid = wp.tid()                                                                    <L 15>
    // adj: def accumulate_spring_forces(                                                     <L 5>
    return;
}



struct accumulate_spring_forces_0c4b845d_cpu_block_payload_forward
{
    wp_args_accumulate_spring_forces_0c4b845d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_spring_forces_0c4b845d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_spring_forces_0c4b845d_cpu_block_payload_forward* payload = (accumulate_spring_forces_0c4b845d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_spring_forces_0c4b845d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void accumulate_spring_forces_0c4b845d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_spring_forces_0c4b845d *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        accumulate_spring_forces_0c4b845d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_spring_forces_0c4b845d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct accumulate_spring_forces_0c4b845d_cpu_block_payload_backward
{
    wp_args_accumulate_spring_forces_0c4b845d* args;
    wp_args_accumulate_spring_forces_0c4b845d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void accumulate_spring_forces_0c4b845d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    accumulate_spring_forces_0c4b845d_cpu_block_payload_backward* payload = (accumulate_spring_forces_0c4b845d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    accumulate_spring_forces_0c4b845d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void accumulate_spring_forces_0c4b845d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_accumulate_spring_forces_0c4b845d *_wp_args,
    wp_args_accumulate_spring_forces_0c4b845d *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        accumulate_spring_forces_0c4b845d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &accumulate_spring_forces_0c4b845d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

